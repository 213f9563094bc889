/** Local mode: the /try page and the command-line chat over the same conversation core. */
package id.migrasiaman.local;
