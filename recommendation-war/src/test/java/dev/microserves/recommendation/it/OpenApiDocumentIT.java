package dev.microserves.recommendation.it;

import dev.microserves.testing.ServedOpenApiDocument;

/** The recommendation service's live OpenAPI document: usable by a generator, and as committed in contracts/openapi. */
class OpenApiDocumentIT extends ServedOpenApiDocument {
}
