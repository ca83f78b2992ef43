/**
 * The inventory service's use cases, each public method one transaction: the catalogue
 * ({@link dev.microserves.inventory.service.Catalogue}), stock adjustments and their history
 * ({@link dev.microserves.inventory.service.StockKeeping}), reservations and their transitions
 * ({@link dev.microserves.inventory.service.Reservations}), the scheduled job that releases
 * expired holds ({@link dev.microserves.inventory.service.ReservationExpiry}), the business
 * counters ({@link dev.microserves.inventory.service.InventoryMetrics}) and the public reads
 * answered from memory, dropped after every change ({@link dev.microserves.inventory.service.CatalogueReads}).
 */
package dev.microserves.inventory.service;
