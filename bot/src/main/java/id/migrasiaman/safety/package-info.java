/**
 * The safety layer's judgement: how sure a message is that someone is in danger now (none, weak,
 * strong), whether a child is involved, and per-conversation flood control.
 */
package id.migrasiaman.safety;
