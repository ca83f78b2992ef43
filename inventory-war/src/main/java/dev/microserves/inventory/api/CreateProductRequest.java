package dev.microserves.inventory.api;

import dev.microserves.inventory.domain.Category;
import dev.microserves.inventory.domain.Product;
import dev.microserves.inventory.domain.Sku;
import dev.microserves.inventory.domain.StockLevel;
import dev.microserves.inventory.service.Catalogue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new catalogue entry, optionally with the stock it starts with. */
public record CreateProductRequest(
        @Schema(pattern = Sku.PATTERN, example = "TEA-EARLGREY-250G")
        @NotNull @Pattern(regexp = Sku.PATTERN, message = Sku.MESSAGE) String sku,
        @Schema(maxLength = Product.NAME_MAX)
        @NotNull @Size(max = Product.NAME_MAX)
        @Pattern(regexp = TextRules.NOT_BLANK_NO_CONTROL_CHARS, message = TextRules.NOT_BLANK_NO_CONTROL_CHARS_MESSAGE) String name,
        @Schema(maxLength = Product.DESCRIPTION_MAX)
        @Size(max = Product.DESCRIPTION_MAX)
        @Pattern(regexp = TextRules.MULTILINE_TEXT, message = TextRules.MULTILINE_TEXT_MESSAGE) String description,
        @Schema(pattern = Category.PATTERN, example = "tea")
        @NotNull @Pattern(regexp = Category.PATTERN, message = Category.MESSAGE) String category,
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
