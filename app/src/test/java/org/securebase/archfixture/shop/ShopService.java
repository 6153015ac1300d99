package org.securebase.archfixture.shop;

import org.securebase.archfixture.billing.Invoice;

/** Planted: half of a cycle (shop -> billing -> shop). */
public class ShopService {
  public Invoice invoice() {
    return new Invoice();
  }
}
