package dev.microserves.inventory.api;

import dev.microserves.inventory.domain.Category;
import dev.microserves.inventory.domain.Product;
import dev.microserves.inventory.service.Catalogue;
import dev.microserves.support.text.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partial update: absent (or null) fields stay as they are; an empty description removes it. */
@Schema(example = "{\"price\": {\"amount\": \"7.95\", \"currency\": \"USD\"}}")
public record PatchProductRequest(
        @Schema(maxLength = Product.NAME_MAX)
        @Text(max = Product.NAME_MAX) String name,
        @Schema(maxLength = Product.DESCRIPTION_MAX, description = "an empty string removes the description")
        @Text(max = Product.DESCRIPTION_MAX, multiline = true, blankAllowed = true) String description,
        @Schema(pattern = Category.PATTERN)
        @Text(max = Category.MAX_LENGTH, pattern = Category.PATTERN, patternMessage = Category.MESSAGE) String category,
        @Valid MoneyBody price,
        @Schema(minimum = "1", maximum = "1000000")
        @Min(1) @Max(Product.WEIGHT_MAX_GRAMS) Integer weightGrams) {

    Catalogue.ProductChange toChange() {
        return new Catalogue.ProductChange(name, description, category, price == null ? null : price.toMoney(), weightGrams);
    }
}
