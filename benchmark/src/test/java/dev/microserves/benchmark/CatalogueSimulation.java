package dev.microserves.benchmark;

/** The catalogue: product pages ({@code GET /api/products/{sku}}) and search pages ({@code ?q=}). */
public final class CatalogueSimulation extends BenchmarkSimulation {

    public CatalogueSimulation() {
        super("catalogue", "catalogue: product and search pages");
        run(300, new Requests(settings, data()).catalogue());
    }
}
