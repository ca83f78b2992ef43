package dev.microserves.payment.it;

import static dev.microserves.payment.it.Fixtures.CARD_DECLINED;
import static dev.microserves.payment.it.Fixtures.PROCESSOR_ERROR;
import static dev.microserves.payment.it.Fixtures.asService;
import static dev.microserves.payment.it.Fixtures.capturedPayment;
import static dev.microserves.payment.it.Fixtures.cardCharge;
import static dev.microserves.payment.it.Fixtures.charge;
import static dev.microserves.testing.Concurrently.allAtOnce;
import static dev.microserves.payment.it.Fixtures.count;
import static dev.microserves.payment.it.Fixtures.decimal;
import static dev.microserves.payment.it.Fixtures.money;
import static dev.microserves.payment.it.Fixtures.refund;
import static dev.microserves.payment.it.Fixtures.refundBody;
import static dev.microserves.payment.it.Fixtures.tokenize;
import static dev.microserves.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.payment.it.Fixtures.Paid;
import dev.microserves.testing.Api;
import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.ServiceDeployment;
import dev.microserves.testing.TestEnvironment;
import dev.microserves.testing.TestTokens;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class RefundsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @Test
    void refundsEverythingStillRefundableWhenNoAmountIsGiven() {
        Paid paid = capturedPayment("40.00");

        ApiResponse refunded = refund(paid.id(), refundBody(null, "order cancelled"));

        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(201);
        String refundId = refunded.text("id");
        assertThat(refunded.text("paymentId")).isEqualTo(paid.id());
        assertThat(refunded.text("/amount/amount")).isEqualTo("40.00");
        assertThat(refunded.text("/amount/currency")).isEqualTo("USD");
        assertThat(refunded.text("reason")).isEqualTo("order cancelled");
        assertThat(refunded.text("createdAt")).isNotBlank();
        assertThat(refunded.header("Location")).hasValue(
                TestEnvironment.baseUri().resolve(refundsOf(paid.id()) + "/" + refundId).toString());
        assertThat(asService().get(refundsOf(paid.id()) + "/" + refundId).json()).isEqualTo(refunded.json());
        ApiResponse payment = asService().get("/api/payments/" + paid.id());
        assertThat(payment.text("status")).isEqualTo("CAPTURED");
        assertThat(payment.text("/refundedAmount/amount")).isEqualTo("40.00");
    }

    @Test
    void refundsInPartsAndNeverBeyondTheCapture() {
        Paid paid = capturedPayment("100.00");

        assertThat(refund(paid.id(), refundBody(money("30.00"), "damaged")).status()).isEqualTo(201);
        ApiResponse tooMuch = refund(paid.id(), refundBody(money("70.01"), "too much"));
        assertProblem(tooMuch, 409, "refund-exceeds-capture");
        assertThat(tooMuch.text("/refundable/amount")).isEqualTo("70.00");
        assertThat(tooMuch.text("/refundable/currency")).isEqualTo("USD");
        assertThat(refund(paid.id(), refundBody(money("70.00"), "the rest")).status()).isEqualTo(201);
        assertProblem(refund(paid.id(), refundBody(null, "nothing left")), 409, "refund-exceeds-capture");
        assertProblem(refund(paid.id(), refundBody(money("0.01"), "nothing left")), 409, "refund-exceeds-capture");

        ApiResponse list = asService().get(refundsOf(paid.id()));
        assertThat(list.json().path("totalItems").asInt()).isEqualTo(2);
        assertThat(list.text("/items/0/amount/amount")).isEqualTo("30.00");
        assertThat(list.text("/items/1/amount/amount")).isEqualTo("70.00");
        assertThat(refundedTotal(paid)).isEqualByComparingTo("100.00");
        assertThat(sumOfRefunds(paid)).isEqualByComparingTo("100.00");
    }

    @Test
    void concurrentRefundsNeverAddUpToMoreThanTheCapture() {
        Paid paid = capturedPayment("100.00");
        List<Callable<ApiResponse>> refunds = Collections.nCopies(10, () -> refund(paid.id(), refundBody(money("15.00"), "partial")));

        List<ApiResponse> answers = allAtOnce(refunds);

        assertThat(answers.stream().filter(a -> a.status() == 201).count()).as(answers.toString()).isEqualTo(6);
        answers.stream().filter(a -> a.status() != 201).forEach(a -> assertProblem(a, 409, "refund-exceeds-capture"));
        assertThat(sumOfRefunds(paid)).isEqualByComparingTo("90.00");
        assertThat(refundedTotal(paid)).isEqualByComparingTo("90.00");
    }

    @Test
    void concurrentFullRefundsRefundOnce() {
        Paid paid = capturedPayment("55.55");
        List<Callable<ApiResponse>> refunds = Collections.nCopies(6, () -> refund(paid.id(), refundBody(null, "cancel")));

        List<ApiResponse> answers = allAtOnce(refunds);

        List<ApiResponse> made = answers.stream().filter(a -> a.status() == 201).toList();
        assertThat(made).as(answers.toString()).hasSize(1);
        assertThat(made.get(0).text("/amount/amount")).isEqualTo("55.55");
        answers.stream().filter(a -> a.status() != 201).forEach(a -> assertProblem(a, 409, "refund-exceeds-capture"));
        assertThat(sumOfRefunds(paid)).isEqualByComparingTo("55.55");
    }

    @Test
    void onlyACapturedPaymentIsRefunded() {
        UUID customer = UUID.randomUUID();
        ApiResponse declined = charge(cardCharge(UUID.randomUUID(), customer, "10.00", tokenize(customer, CARD_DECLINED)));
        ApiResponse failed = charge(cardCharge(UUID.randomUUID(), customer, "10.00", tokenize(customer, PROCESSOR_ERROR)));

        ApiResponse notCaptured = refund(declined.text("paymentId"), refundBody(null, "nothing taken"));
        assertProblem(notCaptured, 409, "payment-not-captured");
        assertThat(notCaptured.text("paymentStatus")).isEqualTo("DECLINED");
        assertProblem(refund(failed.text("paymentId"), refundBody(money("1.00"), "nothing taken")), 409, "payment-not-captured");
        assertThat(count("select count(*) from refunds where payment_id in (?::uuid, ?::uuid)",
                declined.text("paymentId"), failed.text("paymentId"))).isZero();
    }

    @Test
    void aRepeatedRefundIsReplayedAndAReusedKeyRefused() {
        Paid paid = capturedPayment("20.00");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = refundBody(money("5.00"), "goodwill");

        ApiResponse first = asService(key).post(refundsOf(paid.id()), body);
        ApiResponse again = asService(key).post(refundsOf(paid.id()), body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Idempotent-Replayed")).hasValue("true");
        assertThat(sumOfRefunds(paid)).isEqualByComparingTo("5.00");

        assertProblem(asService(key).post(refundsOf(paid.id()), refundBody(money("6.00"), "goodwill")), 422,
                "idempotency-key-reuse");
        Paid other = capturedPayment("20.00");
        assertProblem(asService(key).post(refundsOf(other.id()), body), 422, "idempotency-key-reuse");
        assertThat(sumOfRefunds(other)).isEqualByComparingTo("0.00");
        assertThat(sumOfRefunds(paid)).isEqualByComparingTo("5.00");
    }

    @Test
    void invalidRefundsAreRefusedAndWriteNothing() {
        Paid paid = capturedPayment("20.00");
        String path = refundsOf(paid.id());

        assertProblem(refund(paid.id(), refundBody(money("1.00"), null)), 400, "validation");
        assertProblem(refund(paid.id(), refundBody(money("1.00"), "   ")), 400, "validation");
        assertProblem(refund(paid.id(), refundBody(money("1.00"), "bad\u0000reason")), 400, "validation");
        assertProblem(refund(paid.id(), refundBody(money("1.00"), "r".repeat(501))), 400, "validation");
        assertProblem(refund(paid.id(), refundBody(money("0.00"), "zero")), 400, "validation");
        assertProblem(refund(paid.id(), refundBody(money("1.001"), "fraction")), 400, "validation");
        assertProblem(refund(paid.id(), refundBody(money("-1.00"), "negative")), 400, "validation");
        assertProblem(refund(paid.id(), refundBody(money("1.00", "EUR"), "euros")), 422, "unsupported-currency");
        assertProblem(asService(UUID.randomUUID().toString()).post(path, "{\"reason\": "), 400, "malformed-json");
        assertProblem(asService(UUID.randomUUID().toString()).post(path, "{\"reason\": \"x\", \"amount\": \"1.00\"}"),
                400, "malformed-json");
        assertProblem(asService().post(path, refundBody(null, "no key")), 400, "idempotency-key-missing");
        assertProblem(refund(UUID.randomUUID().toString(), refundBody(null, "no such payment")), 404, "not-found");
        assertProblem(refund("not-a-uuid", refundBody(null, "no such payment")), 404, "not-found");

        assertThat(sumOfRefunds(paid)).isEqualByComparingTo("0.00");
        assertThat(refundedTotal(paid)).isEqualByComparingTo("0.00");
    }

    @Test
    void onlyServicesAndAdminsRefund() {
        Paid paid = capturedPayment("20.00");
        String path = refundsOf(paid.id());

        assertProblem(Api.service().as(TestTokens.customer(paid.customerId().toString()))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post(path, refundBody(null, "mine")), 403, "forbidden");
        assertThat(Api.service().header("Idempotency-Key", UUID.randomUUID().toString()).post(path, refundBody(null, "anon"))
                .status()).isEqualTo(401);
        assertThat(Api.service().as(TestTokens.expired("order-service", "service"))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post(path, refundBody(null, "late")).status())
                .isEqualTo(401);
        assertThat(sumOfRefunds(paid)).isEqualByComparingTo("0.00");

        assertThat(Api.service().as(TestTokens.admin()).header("Idempotency-Key", UUID.randomUUID().toString())
                .post(path, refundBody(money("2.00"), "admin goodwill")).status()).isEqualTo(201);
    }

    @Test
    void refundsAreVisibleToWhoeverSeesThePayment() {
        Paid paid = capturedPayment("20.00");
        String refundId = refund(paid.id(), refundBody(money("2.00"), "goodwill")).text("id");
        String path = refundsOf(paid.id());
        Api asPayer = Api.service().as(TestTokens.customer(paid.customerId().toString()));
        Api asStranger = Api.service().as(TestTokens.customer(UUID.randomUUID().toString()));

        assertThat(asPayer.get(path).json().path("totalItems").asInt()).isEqualTo(1);
        assertThat(asPayer.get(path + "/" + refundId).text("reason")).isEqualTo("goodwill");
        assertThat(Api.service().as(TestTokens.admin()).get(path + "/" + refundId).status()).isEqualTo(200);
        assertProblem(asStranger.get(path), 404, "not-found");
        assertProblem(asStranger.get(path + "/" + refundId), 404, "not-found");
        assertProblem(asService().get(path + "/" + UUID.randomUUID()), 404, "not-found");
        Paid other = capturedPayment("20.00");
        assertProblem(asService().get(refundsOf(other.id()) + "/" + refundId), 404, "not-found");
        assertProblem(asService().get(path + "?size=101"), 400, "validation");
    }

    private static String refundsOf(String paymentId) {
        return "/api/payments/" + paymentId + "/refunds";
    }

    private static BigDecimal sumOfRefunds(Paid paid) {
        return decimal("select coalesce(sum(amount), 0) from refunds where payment_id = ?", UUID.fromString(paid.id()));
    }

    private static BigDecimal refundedTotal(Paid paid) {
        return decimal("select refunded_total from payments where id = ?", UUID.fromString(paid.id()));
    }
}
