package dev.microserves.inventory.api;

import dev.microserves.inventory.domain.Category;
import dev.microserves.inventory.domain.Product;
import dev.microserves.inventory.service.Catalogue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partial update: absent (or null) fields stay as they are; an empty description removes it. */
public record PatchProductRequest(
        @Schema(maxLength = Product.NAME_MAX)
        @Size(max = Product.NAME_MAX)
        @Pattern(regexp = TextRules.NOT_BLANK_NO_CONTROL_CHARS, message = TextRules.NOT_BLANK_NO_CONTROL_CHARS_MESSAGE) String name,
        @Schema(maxLength = Product.DESCRIPTION_MAX, description = "an empty string removes the description")
        @Size(max = Product.DESCRIPTION_MAX)
        @Pattern(regexp = TextRules.MULTILINE_TEXT, message = TextRules.MULTILINE_TEXT_MESSAGE) String description,
        @Schema(pattern = Category.PATTERN)
        @Pattern(regexp = Category.PATTERN, message = Category.MESSAGE) String category,
        @Valid MoneyBody price,
        @Schema(minimum = "1", maximum = "1000000")
        @Min(1) @Max(Product.WEIGHT_MAX_GRAMS) Integer weightGrams) {

    Catalogue.ProductChange toChange() {
        return new Catalogue.ProductChange(name, description, category, price == null ? null : price.toMoney(), weightGrams);
    }
}
