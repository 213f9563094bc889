package modularitysample.broken.orders.internal;

/** Internal to the orders module: public for Java, but in a sub-package. */
public class OrderLines {

    public int sum() {
        return 42;
    }
}
