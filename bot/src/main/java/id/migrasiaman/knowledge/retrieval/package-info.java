/** Topic retrieval: Lucene over phrasings and answers, the topic classifier, their fusion. */
package id.migrasiaman.knowledge.retrieval;
