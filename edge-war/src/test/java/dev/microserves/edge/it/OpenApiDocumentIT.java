package dev.microserves.edge.it;

import dev.microserves.testing.ServedOpenApiDocument;

/** The edge service's live OpenAPI document: usable by a generator, and as committed in contracts/openapi. */
class OpenApiDocumentIT extends ServedOpenApiDocument {
}
