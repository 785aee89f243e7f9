/**
 * Synthetic registries shaped like a sample, for benchmarks.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.synthetic.SyntheticRegistry} :: copies a sample k times and
 *       rewires the copies' links at random, deterministically from a seed.
 *   <li>{@link org.designregistry.model.synthetic.RegistryShape} :: what a registry looks like in
 *       numbers: resources per class, links per relation, degree distribution.
 * </ul>
 */
package org.designregistry.model.synthetic;
