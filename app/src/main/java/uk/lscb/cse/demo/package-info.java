/** The demo board loaded on a first run with the embedded database. */
package uk.lscb.cse.demo;
