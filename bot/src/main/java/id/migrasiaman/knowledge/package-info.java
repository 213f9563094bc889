/**
 * Curated content and retrieval: answers, topic matching, the offer checker; hot-reloaded from
 * content/.
 */
package id.migrasiaman.knowledge;
