package modularitysample.valid.orders;

import modularitysample.valid.orders.internal.OrderLines;

/** The orders module's API. */
public class Orders {

    private final OrderLines lines = new OrderLines();

    public int total() {
        return lines.sum();
    }
}
