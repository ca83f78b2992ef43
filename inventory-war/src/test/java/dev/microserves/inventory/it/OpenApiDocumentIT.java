package dev.microserves.inventory.it;

import dev.microserves.testing.ServedOpenApiDocument;

/** The inventory service's live OpenAPI document: usable by a generator, and as committed in contracts/openapi. */
class OpenApiDocumentIT extends ServedOpenApiDocument {
}
