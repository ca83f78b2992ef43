/**
 * RFC 9457 problem details. {@link dev.microserves.support.problem.ProblemException} is the one
 * exception type a service throws for a refusal it can name (a slug of the API contract); the
 * exception mappers here turn it, Bean Validation failures, malformed JSON and anything unexpected
 * into {@code application/problem+json}, without stack traces, SQL or class names.
 */
package dev.microserves.support.problem;
