/** Offline command-line tools without Spring: classify, eval, eval-answers, calibrate-retrieval. */
package id.migrasiaman.tools;
