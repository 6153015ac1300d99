package org.securebase.archfixture.shop;

/** A repository that the billing feature reaches into (planted). */
public class ShopRepository {
  public int count() {
    return 0;
  }
}
