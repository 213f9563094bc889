package modularitysample.broken.billing;

import modularitysample.broken.orders.internal.OrderLines;

/** Reaches into the orders module's internal sub-package: what ModularityTests must refuse. */
public class Billing {

    public int invoice() {
        return new OrderLines().sum();
    }
}
