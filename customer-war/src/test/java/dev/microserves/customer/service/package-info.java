/** Unit tests of the service layer's decisions that need no server (the admin password at start-up). */
package dev.microserves.customer.service;
