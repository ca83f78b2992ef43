package dev.microserves.inventory.api;

import dev.microserves.inventory.domain.Category;
import dev.microserves.inventory.domain.Product;
import dev.microserves.inventory.domain.Sku;
import dev.microserves.inventory.domain.StockLevel;
import dev.microserves.inventory.service.Catalogue;
import dev.microserves.support.text.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new catalogue entry, optionally with the stock it starts with. */
@Schema(example = "{\"sku\": \"TEA-EARLGREY-250G\", \"name\": \"Earl Grey, 250 g\", \"category\": \"tea\", \"price\": {\"amount\": \"7.50\", \"currency\": \"USD\"}, \"weightGrams\": 260, \"initialStock\": 100}")
public record CreateProductRequest(
        @Schema(pattern = Sku.PATTERN, example = "TEA-EARLGREY-250G")
        @NotNull @Text(min = Sku.MIN_LENGTH, max = Sku.MAX_LENGTH, pattern = Sku.PATTERN, patternMessage = Sku.MESSAGE) String sku,
        @Schema(maxLength = Product.NAME_MAX)
        @NotNull @Text(max = Product.NAME_MAX) String name,
        @Schema(maxLength = Product.DESCRIPTION_MAX)
        @Text(max = Product.DESCRIPTION_MAX, multiline = true, blankAllowed = true) String description,
        @Schema(pattern = Category.PATTERN, example = "tea")
        @NotNull @Text(max = Category.MAX_LENGTH, pattern = Category.PATTERN, patternMessage = Category.MESSAGE) String category,
        @NotNull @Valid MoneyBody price,
        @Schema(minimum = "1", maximum = "1000000")
        @NotNull @Min(1) @Max(Product.WEIGHT_MAX_GRAMS) Integer weightGrams,
        @Schema(minimum = "0", maximum = "1000000", description = "units on hand to start with (default 0)")
        @Min(0) @Max(StockLevel.MAX_ADJUSTMENT) Integer initialStock) {

    Catalogue.NewProduct toNewProduct() {
        return new Catalogue.NewProduct(sku, name, description, category, price.toMoney(), weightGrams,
                initialStock == null ? 0 : initialStock);
    }
}
