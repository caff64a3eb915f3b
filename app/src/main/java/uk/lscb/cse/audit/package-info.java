/** Who changed what, when and from where: every change the service makes is attributable. Depends on db only. */
package uk.lscb.cse.audit;
