package dev.microserves.order.it;

import dev.microserves.testing.ServedOpenApiDocument;

/** The order service's live OpenAPI document: usable by a generator, and as committed in contracts/openapi. */
class OpenApiDocumentIT extends ServedOpenApiDocument {
}
