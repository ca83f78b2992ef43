package dev.microserves.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static final Address.Details HOME = new Address.Details("Home", "1 Main St", null, "Springfield", "12345", "us");

    @Test
    void aStandardCustomerHasNoBenefits() {
        Customer customer = new Customer("Ada", " Ada@Example.TEST ", "hash", Role.CUSTOMER);

        assertThat(customer.tier()).isEqualTo(Tier.STANDARD);
        assertThat(customer.discountRate()).isEqualByComparingTo("0");
        assertThat(customer.freeShipping()).isFalse();
        assertThat(customer.email()).isEqualTo("ada@example.test");
    }

    @Test
    void aPremiumCustomerGetsItsDiscountAndFreeShipping() {
        Customer premium = new PremiumCustomer("Ada", "ada@example.test", "hash", new BigDecimal("0.1"));

        assertThat(premium.tier()).isEqualTo(Tier.PREMIUM);
        assertThat(premium.discountRate()).isEqualTo(new BigDecimal("0.10"));
        assertThat(premium.freeShipping()).isTrue();
    }

    @Test
    void refusesAnImplausiblePremiumRate() {
        assertThatThrownBy(() -> new PremiumCustomer("Ada", "a@x.test", "hash", new BigDecimal("0.75")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PremiumCustomer("Ada", "a@x.test", "hash", BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsAddressesAndRemovesThemById() {
        Customer customer = new Customer("Ada", "ada@example.test", "hash", Role.CUSTOMER);

        Address home = customer.addAddress(HOME);

        assertThat(home.country()).isEqualTo("US");
        assertThat(customer.addresses()).containsExactly(home);
        customer.removeAddress(home.id());
        assertThat(customer.addresses()).isEmpty();
        assertThatThrownBy(() -> customer.removeAddress(home.id())).isInstanceOf(CustomerPartNotFound.class);
    }

    @Test
    void boundsHowManyAddressesACustomerKeeps() {
        Customer customer = new Customer("Ada", "ada@example.test", "hash", Role.CUSTOMER);
        for (int i = 0; i < Customer.MAX_ADDRESSES; i++) {
            customer.addAddress(HOME);
        }

        assertThatThrownBy(() -> customer.addAddress(HOME)).isInstanceOf(LimitReached.class);
    }

    @Test
    void refusesUnknownCountries() {
        assertThatThrownBy(() -> new Address.Details("Home", "1 Main St", null, "Town", "1", "XX"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesCardNumbersWhereATokenBelongs() {
        assertThatThrownBy(() -> new CardPaymentMethod.Details("4242424242424242", null, null, null, null))
                .isInstanceOf(RawCardNumberRefused.class);
        assertThatThrownBy(() -> new CardPaymentMethod.Details("4242-4242-4242-4242", null, null, null, null))
                .isInstanceOf(RawCardNumberRefused.class);
        assertThat(new CardPaymentMethod.Details("tok_abc123", "visa", "4242", 12, 2030).token()).isEqualTo("tok_abc123");
    }

    @Test
    void knowsPayPalVaultTokensOnly() {
        assertThat(PayPalPaymentMethod.isVaultToken("pp_4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c")).isTrue();
        assertThat(PayPalPaymentMethod.isVaultToken("pp_4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5")).isFalse();
        assertThat(PayPalPaymentMethod.isVaultToken("pp_4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c0")).isFalse();
        assertThat(PayPalPaymentMethod.isVaultToken("pp_4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b_c")).isFalse();
        assertThat(PayPalPaymentMethod.isVaultToken("tok_f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c")).isFalse();
        assertThat(PayPalPaymentMethod.isVaultToken(null)).isFalse();
        assertThatThrownBy(() -> new PayPalPaymentMethod.Details(null, "ada@paypal.test"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void attachesPaymentMethodsOfEitherKind() {
        Customer customer = new Customer("Ada", "ada@example.test", "hash", Role.CUSTOMER);

        PaymentMethod card = customer.addPaymentMethod(new CardPaymentMethod.Details("tok_abc", "visa", "4242", 1, 2031));
        PaymentMethod paypal = customer.addPaymentMethod(
                new PayPalPaymentMethod.Details("pp_4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c", "Ada@PayPal.test"));

        assertThat(card.type()).isEqualTo("CARD");
        assertThat(paypal.token()).isEqualTo("pp_4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c");
        assertThat(((PayPalPaymentMethod) paypal).payerEmail()).isEqualTo("ada@paypal.test");
        assertThat(customer.paymentMethods()).hasSize(2);
    }
}
