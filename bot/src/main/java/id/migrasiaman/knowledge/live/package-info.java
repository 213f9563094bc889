/**
 * Live content: hot reload of a valid snapshot, answer and hotline rendering, the offer checker.
 */
package id.migrasiaman.knowledge.live;
