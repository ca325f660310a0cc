/** The demo LEA receiver (issue 11 §4): a stand-in for the endpoints of law-enforcement authorities and Europol, run as its own process. */
package eu.csar.testsupport.forwarding;
