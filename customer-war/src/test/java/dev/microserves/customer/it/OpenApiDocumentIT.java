package dev.microserves.customer.it;

import dev.microserves.testing.ServedOpenApiDocument;

/** The customer service's live OpenAPI document: usable by a generator, and as committed in contracts/openapi. */
class OpenApiDocumentIT extends ServedOpenApiDocument {
}
