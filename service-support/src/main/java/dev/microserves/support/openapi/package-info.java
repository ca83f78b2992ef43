/**
 * What every service's OpenAPI document says alike: the RFC 9457 problem body of every error
 * response, added once here ({@link dev.microserves.support.openapi.ProblemDocumentFilter}) instead of on
 * each of the resources' error responses.
 */
package dev.microserves.support.openapi;
