package dev.microserves.edge.client;

/** {@code GET /api/products/{sku}} as the inventory service answers it (the fields the storefront reads). */
public record InventoryProduct(String sku, String name, String description, String category, MoneyView price,
                               Integer weightGrams, StockView stock) {

    public ProductView product() {
        return new ProductView(sku, name, description, category, price, weightGrams);
    }
}
