/** Who changed what, when and from where: every change the service makes is attributable. */
package uk.lscb.cse.audit;
