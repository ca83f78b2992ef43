package dev.microserves.payment.persistence;

import dev.microserves.payment.domain.Payment;
import dev.microserves.payment.domain.PaymentMethod;
import dev.microserves.payment.domain.PaymentStatus;
import dev.microserves.support.persistence.DatabaseSpan;
import dev.microserves.support.web.Page;
import dev.microserves.support.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/** Payments by id and order; the order claim; the lock a refund takes. */
@ApplicationScoped
@DatabaseSpan
public class PaymentRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Payment> find(UUID id) {
        return Optional.ofNullable(em.find(Payment.class, id));
    }

    /** The payment, its row locked until the transaction ends (refunds of one payment queue here). */
    public Optional<Payment> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(Payment.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Writes pending changes now, so that a violated constraint surfaces here rather than at commit. */
    public void flush() {
        em.flush();
    }

    /**
     * Inserts a pending payment unless its order already has a payment pending or captured, in one
     * statement: the partial unique index decides, so two charges racing for one order cannot both
     * win. True when this payment now holds the order.
     */
    public boolean claimOrder(Payment pending) {
        PaymentMethod method = pending.method();
        int inserted = em.createNativeQuery("""
                insert into payments (id, order_id, customer_id, amount, currency, refunded_total, processor,
                                      method_type, card_token, card_brand, card_last4, paypal_token, payer_email,
                                      status, created_at, updated_at, version)
                values (?1, ?2, ?3, ?4, ?5, 0, ?6, ?7, ?8, ?9, ?10, ?13, ?11, 'PENDING', ?12, ?12, 0)
                on conflict (order_id) where status in ('PENDING', 'CAPTURED') do nothing""")
                .setParameter(1, pending.id())
                .setParameter(2, pending.orderId())
                .setParameter(3, pending.customerId())
                .setParameter(4, pending.amount().amount())
                .setParameter(5, pending.amount().currency())
                .setParameter(6, pending.processor())
                .setParameter(7, method.type())
                .setParameter(8, text(method.cardToken() == null ? null : method.cardToken().token()))
                .setParameter(9, text(method.cardBrand()))
                .setParameter(10, text(method.cardLast4()))
                .setParameter(11, text(method.payerEmail()))
                .setParameter(12, pending.createdAt())
                .setParameter(13, text(method.payPalAgreement() == null ? null : method.payPalAgreement().token()))
                .executeUpdate();
        return inserted == 1;
    }

    /** The order's payment that is pending or captured, if any (there is at most one). */
    public Optional<Payment> findHolding(UUID orderId) {
        return em.createQuery("select p from Payment p where p.orderId = :order and p.status in :holding", Payment.class)
                .setParameter("order", orderId)
                .setParameter("holding", List.of(PaymentStatus.PENDING, PaymentStatus.CAPTURED))
                .getResultStream().findFirst();
    }

    /** Payments matching the filters (null: any), oldest first. */
    public Page<Payment> search(UUID orderId, UUID customerId, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        if (orderId != null) {
            conditions.add("p.orderId = :order");
        }
        if (customerId != null) {
            conditions.add("p.customerId = :customer");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<Long> count = em.createQuery("select count(p) from Payment p" + where, Long.class);
        TypedQuery<Payment> items = em.createQuery("select p from Payment p" + where + " order by p.createdAt, p.id",
                Payment.class);
        for (TypedQuery<?> query : List.of(count, items)) {
            if (orderId != null) {
                query.setParameter("order", orderId);
            }
            if (customerId != null) {
                query.setParameter("customer", customerId);
            }
        }
        return page.toPage(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /** Nulls in native queries need their type, or PostgreSQL cannot tell what they are. */
    private static TypedParameterValue<String> text(String value) {
        return new TypedParameterValue<>(StandardBasicTypes.STRING, value);
    }
}
