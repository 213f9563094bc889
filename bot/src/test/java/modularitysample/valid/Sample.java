package modularitysample.valid;

import org.springframework.modulith.Modulithic;

/** A two-module application for ModularityTests: {@code orders} and {@code billing}. */
@Modulithic
public class Sample {}
