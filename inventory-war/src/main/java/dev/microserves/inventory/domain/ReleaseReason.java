package dev.microserves.inventory.domain;

/** Why a reservation was released: its order asked, or its hold ran out. */
public enum ReleaseReason {
    REQUESTED, EXPIRED
}
