/**
 * The typed state of each guided flow ({@link id.migrasiaman.conversation.flows.FlowState}, a
 * record per flow with its step enum) and what features hand each other through the conversation
 * state ({@link id.migrasiaman.conversation.flows.Recall}). Features read and write these types;
 * the store persists them as subdocuments with a type discriminator.
 */
@NamedInterface("flows")
package id.migrasiaman.conversation.flows;

import org.springframework.modulith.NamedInterface;
