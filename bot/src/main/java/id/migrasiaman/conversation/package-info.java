/**
 * The channel-agnostic conversation core: incoming messages, replies, the router, per-chat state.
 */
package id.migrasiaman.conversation;
