/** The content lint: every rule a content edit must pass before it goes live. */
package id.migrasiaman.knowledge.lint;
