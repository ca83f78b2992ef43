/**
 * The contract's text rules (API.md, "Security rules"), defined once: which characters no text
 * field may hold (C0 and C1 controls, DEL, bidirectional overrides and isolates), and the Bean
 * Validation constraints that apply them. Every check here reads its input once, and every length
 * limit is checked before any pattern, so that no field of any size makes a request slow.
 */
package dev.microserves.support.text;
