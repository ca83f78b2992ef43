package dev.microserves.inventory.domain;

import dev.microserves.support.problem.FieldError;
import dev.microserves.support.problem.ProblemException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The lines of one reservation request, checked: 1..{@value #MAX_LINES} lines, each sku once, each
 * quantity 1..{@value #MAX_QUANTITY}. Also knows the order in which stock rows are locked.
 */
public final class RequestedItems {

    public static final int MAX_LINES = 100;
    public static final int MAX_QUANTITY = 1000;

    private final List<RequestedItem> items;

    private RequestedItems(List<RequestedItem> items) {
        this.items = List.copyOf(items);
    }

    /** The items, or a 400 validation problem naming every offending field ({@code items[2].sku}). */
    public static RequestedItems of(List<RequestedItem> items) {
        if (items == null || items.isEmpty()) {
            throw ProblemException.validation("items", "must contain at least one line");
        }
        if (items.size() > MAX_LINES) {
            throw ProblemException.validation("items", "must contain at most " + MAX_LINES + " lines");
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            RequestedItem item = items.get(i);
            if (item == null) {
                errors.add(new FieldError("items[" + i + "]", "must not be null"));
                continue;
            }
            if (!Sku.isValid(item.sku())) {
                errors.add(new FieldError("items[" + i + "].sku", Sku.MESSAGE));
            } else if (!seen.add(item.sku())) {
                errors.add(new FieldError("items[" + i + "].sku", "must not repeat a sku of an earlier line"));
            }
            if (item.quantity() < 1 || item.quantity() > MAX_QUANTITY) {
                errors.add(new FieldError("items[" + i + "].quantity", "must be between 1 and " + MAX_QUANTITY));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return new RequestedItems(items);
    }

    /** The lines in the order the client sent them. */
    public List<RequestedItem> asRequested() {
        return items;
    }

    /**
     * The lines sorted by sku: every transaction that touches several stock rows takes their locks
     * in this one order, so two of them can never wait for each other (no deadlock).
     */
    public List<RequestedItem> inLockOrder() {
        return items.stream().sorted(Comparator.comparing(RequestedItem::sku)).toList();
    }

    public Set<String> skus() {
        Set<String> skus = new LinkedHashSet<>();
        items.forEach(i -> skus.add(i.sku()));
        return skus;
    }
}
