package modularitysample.valid.billing;

import modularitysample.valid.orders.Orders;

/** Uses only the orders module's API. */
public class Billing {

    public int invoice(Orders orders) {
        return orders.total();
    }
}
