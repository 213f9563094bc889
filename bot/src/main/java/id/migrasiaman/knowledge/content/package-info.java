/** Content model and reading: topics, phrasings, hotlines and red flags from the YAML files. */
package id.migrasiaman.knowledge.content;
