/** Families of workers abroad who cannot reach them or fear they are in trouble. */
package id.migrasiaman.family;
