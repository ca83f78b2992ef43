package dev.microserves.payment.it;

import dev.microserves.testing.ServedOpenApiDocument;

/** The payment service's live OpenAPI document: usable by a generator, and as committed in contracts/openapi. */
class OpenApiDocumentIT extends ServedOpenApiDocument {
}
