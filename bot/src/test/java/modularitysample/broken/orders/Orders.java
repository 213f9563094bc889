package modularitysample.broken.orders;

import modularitysample.broken.orders.internal.OrderLines;

/** The orders module's API. */
public class Orders {

    private final OrderLines lines = new OrderLines();

    public int total() {
        return lines.sum();
    }
}
