-- One database per service, as on Kubernetes (one CloudNativePG cluster each) and with ./run.sh.
CREATE DATABASE customers;
CREATE DATABASE inventory;
CREATE DATABASE payments;
CREATE DATABASE orders;
CREATE DATABASE recommendations;
