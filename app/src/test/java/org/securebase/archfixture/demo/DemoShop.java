package org.securebase.archfixture.demo;

/** Planted demo seed, imported by a feature. */
public class DemoShop {
  public int size() {
    return 1;
  }
}
