"""MultiTensorAdam op and lightseq_tf.optimizers.Adam: step-for-step parity with TF's Adam,
in-place update semantics, checkpoints, mixed precision, MirroredStrategy, errors."""

import os
import subprocess
import sys

import numpy as np
import tensorflow as tf
from absl.testing import parameterized

from lightseq_tf import ops, optimizers
from tests import helpers as h

SHAPES = [(5, 3), (7,), (), (0, 4), (300, 129)]
HYPER = dict(learning_rate=0.01, beta_1=0.9, beta_2=0.98, epsilon=1e-9)


def variables(dtype, seed=0, shapes=SHAPES):
    return [tf.Variable(h.random(s, dtype, seed=seed + i)) for i, s in enumerate(shapes)]


class MultiTensorAdamOpTest(tf.test.TestCase, parameterized.TestCase):
    @parameterized.named_parameters(h.DEVICE_DTYPE)
    def test_matches_resource_apply_adam(self, device, dtype):
        atol, rtol = h.TOLERANCE[dtype]
        with h.device_scope(device):
            ours, theirs = variables(dtype), variables(dtype)
            slots = [[tf.Variable(tf.zeros_like(v)) for v in ours] for _ in range(4)]
            for step in range(1, 4):
                grads = [h.random(v.shape, dtype, seed=10 * step + i) for i, v in enumerate(ours)]
                b1p, b2p = 0.9 ** step, 0.98 ** step
                ops.multi_tensor_adam(ours, slots[0], slots[1], grads, 0.01, b1p, b2p, 0.9, 0.98, 1e-9)
                for v, m, s, g in zip(theirs, slots[2], slots[3], grads):
                    if dtype != tf.float32:  # ours does float32 math on 16-bit state: so does the reference
                        v32, m32, s32 = (tf.Variable(h.as_f32(t)) for t in (v, m, s))
                        tf.raw_ops.ResourceApplyAdam(var=v32.handle, m=m32.handle, v=s32.handle, beta1_power=b1p,
                                                     beta2_power=b2p, lr=0.01, beta1=0.9, beta2=0.98, epsilon=1e-9,
                                                     grad=h.as_f32(g))
                        for dst, src in ((v, v32), (m, m32), (s, s32)):
                            dst.assign(tf.cast(src, dtype))
                    else:
                        c = lambda x: tf.constant(x, dtype)  # noqa: E731
                        tf.raw_ops.ResourceApplyAdam(var=v.handle, m=m.handle, v=s.handle, beta1_power=c(b1p),
                                                     beta2_power=c(b2p), lr=c(0.01), beta1=c(0.9), beta2=c(0.98),
                                                     epsilon=c(1e-9), grad=g)
        for a, b in zip(ours + slots[0] + slots[1], theirs + slots[2] + slots[3]):
            self.assertAllClose(h.as_f32(a), h.as_f32(b), atol=atol, rtol=rtol)

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_earlier_reads_keep_their_values(self, device):
        with h.device_scope(device):
            v, m, s = tf.Variable([1.0, 2.0]), tf.Variable([0.0, 0.0]), tf.Variable([0.0, 0.0])
            before = v.read_value()
            ops.multi_tensor_adam([v], [m], [s], [tf.constant([1.0, -1.0])], 0.1, 0.9, 0.999, 0.9, 0.999, 1e-7)
        self.assertAllEqual(before, [1.0, 2.0])
        self.assertAllClose(v, [0.9, 2.1], atol=1e-5)

    @parameterized.named_parameters(h.DEVICE_DTYPE)
    def test_apply_update_false_changes_nothing(self, device, dtype):
        with h.device_scope(device):
            v, m, s = variables(dtype, seed=0), variables(dtype, seed=10), variables(dtype, seed=20)
            before = [t.numpy() for t in v + m + s]
            grads = [h.random(t.shape, dtype, seed=30 + i) for i, t in enumerate(v)]

            @tf.function
            def update(x):  # the flag computed on the device, as loss scaling's "all finite"
                ops.multi_tensor_adam(v, m, s, grads, 0.01, 0.9, 0.98, 0.9, 0.98, 1e-9, apply_update=x > 0)
            update(tf.constant(-1.0))
            for a, b in zip(v + m + s, before):
                self.assertAllEqual(a, b)
            update(tf.constant(1.0))
            self.assertNotAllClose(h.as_f32(v[0]), h.as_f32(before[0]))

    def test_one_variable_twice_and_in_tf_function(self):
        v, m, s = tf.Variable([1.0]), tf.Variable([0.0]), tf.Variable([0.0])

        @tf.function
        def step():
            ops.multi_tensor_adam([v, v], [m, m], [s, s], [tf.ones([1])] * 2, 0.1, 0.9, 0.999, 0.9, 0.999, 1e-7)
        step()
        self.assertLess(float(v[0]), 1.0)

    def test_bad_arguments_raise(self):
        v, m, s = variables(tf.float32, shapes=[(2,), (3,)]), variables(tf.float32, shapes=[(2,), (3,)]), \
            variables(tf.float32, shapes=[(2,), (4,)])
        g = [tf.ones([2]), tf.ones([3])]
        args = (0.1, 0.9, 0.999, 0.9, 0.999, 1e-7)

        def update(*a):
            ops.multi_tensor_adam(*a)  # returns nothing, so it can also run as a tf.function

        h.assert_raises_naming(self, lambda: update(v, m, s, g, *args), r"vs\[1\]")
        h.assert_raises_naming(self, lambda: update(v, m, m, [tf.ones([2], tf.float16), tf.ones([3], tf.float16)], *args), r"vars\[0\]")
        h.assert_raises_naming(self, lambda: update(v, m[:1], m, g, *args), "variables, ms, vs and grads")
        h.assert_raises_naming(self, lambda: update(v, m, m, [tf.ones([2], tf.int32), tf.ones([3])], *args), r"grads\[0\]")
        h.assert_raises_naming(self, lambda: update(v, m, m, g, [0.1, 0.2], *args[1:]), "lr")
        h.assert_raises_naming(self, lambda: update(v[:1], m[:1], m[:1], g[:1], *args, 1.0), "apply_update")
        h.assert_raises_naming(self, lambda: update(v[:1], m[:1], m[:1], g[:1], *args, [True, False]), "apply_update")


def train(optimizer, vars_, steps=4, fn=False):
    """A few steps of a loss with dense, sparse (gather) and constrained variables."""
    def step(i):
        with tf.GradientTape() as tape:
            loss = (tf.reduce_sum(vars_[0] ** 2) * i + tf.reduce_sum(tf.sin(vars_[1]))
                    + tf.reduce_sum(tf.gather(vars_[2], [0, 0, 3])) + tf.reduce_sum(vars_[3] * 2.0))
        optimizer.apply_gradients(zip(tape.gradient(loss, vars_), vars_))
    step = tf.function(step) if fn else step
    for i in range(steps):
        step(tf.constant(float(i)))


def keras_vars():
    return [tf.Variable(h.random((5, 3), seed=1)), tf.Variable(h.random((7,), seed=2)),
            tf.Variable(h.random((4, 2), seed=3)), tf.Variable(h.random((3,), seed=4), constraint=lambda x: tf.clip_by_value(x, -0.5, 0.5))]


class KerasAdamTest(tf.test.TestCase, parameterized.TestCase):
    @parameterized.parameters(False, True)
    def test_matches_stock_adam_step_for_step(self, fn):
        stock, ours = keras_vars(), keras_vars()
        opt_stock, opt_ours = tf.keras.optimizers.legacy.Adam(**HYPER), optimizers.Adam(**HYPER)
        train(opt_stock, stock, fn=fn)
        train(opt_ours, ours, fn=fn)
        self.assertEqual(int(opt_ours.iterations), 4)
        for a, b in zip(stock + opt_stock.weights, ours + opt_ours.weights):
            self.assertAllClose(a, b, atol=1e-6, rtol=1e-6)

    def test_dense_updates_are_one_op(self):
        vars_ = keras_vars()
        opt = optimizers.Adam(**HYPER)
        graph = tf.function(lambda: train(opt, vars_, steps=1)).get_concrete_function().graph
        types = [op.type for op in graph.get_operations()]
        self.assertEqual(types.count("LightSeq>MultiTensorAdam"), 1)
        # The constrained variable takes the stock dense path, the gathered one the sparse path.
        self.assertEqual(types.count("ResourceApplyAdam"), 1)
        self.assertGreater(types.count("ResourceScatterAdd"), 0)

    @parameterized.parameters(False, True)
    def test_updates_only_if_skips_on_the_device(self, fn):
        vars_ = [tf.Variable(h.random((5, 3), seed=1)), tf.Variable(h.random((7,), seed=2))]
        before = [v.numpy() for v in vars_]
        opt = optimizers.Adam(**HYPER)

        def step(flag):
            with tf.GradientTape() as tape:
                loss = tf.reduce_sum(vars_[0] ** 2) + tf.reduce_sum(tf.sin(vars_[1]))
            with opt.updates_only_if(flag):
                opt.apply_gradients(zip(tape.gradient(loss, vars_), vars_))
        step = tf.function(step) if fn else step
        step(tf.constant(False))
        for a, b in zip(vars_, before):
            self.assertAllEqual(a, b)
        self.assertAllEqual(opt.get_slot(vars_[0], "m"), tf.zeros([5, 3]))
        self.assertEqual(int(opt.iterations), 1)  # counted, as a LossScaleOptimizer counts a skipped step
        step(tf.constant(True))
        self.assertNotAllClose(vars_[0], before[0])
        if fn:
            graph = step.get_concrete_function(tf.constant(True)).graph
            self.assertFalse({"If", "StatelessIf", "Switch"} & {op.type for op in graph.get_operations()})

    def test_updates_only_if_rejects_updates_it_cannot_skip(self):
        vars_ = keras_vars()
        opt = optimizers.Adam(**HYPER)
        with opt.updates_only_if(tf.constant(True)):
            with self.assertRaisesRegex(ValueError, "multi-tensor path.*Variable"):
                train(opt, vars_, steps=1)

    def test_checkpoints_restore_both_ways(self):
        for save_cls, load_cls in ((tf.keras.optimizers.legacy.Adam, optimizers.Adam),
                                   (optimizers.Adam, tf.keras.optimizers.legacy.Adam)):
            saved_vars, saved_opt = keras_vars(), save_cls(**HYPER)
            train(saved_opt, saved_vars, steps=2)
            path = tf.train.Checkpoint(v=saved_vars, optimizer=saved_opt).save(self.get_temp_dir() + "/ckpt")
            loaded_vars, loaded_opt = keras_vars(), load_cls(**HYPER)
            train(loaded_opt, loaded_vars, steps=1)  # creates the slots, then restore overwrites them
            tf.train.Checkpoint(v=loaded_vars, optimizer=loaded_opt).restore(path).assert_consumed()
            for a, b in zip(saved_vars + saved_opt.weights, loaded_vars + loaded_opt.weights):
                self.assertAllEqual(a, b)
            # Both continue identically.
            train(saved_opt, saved_vars, steps=1)
            train(loaded_opt, loaded_vars, steps=1)
            for a, b in zip(saved_vars, loaded_vars):
                self.assertAllClose(a, b, atol=1e-6)

    def test_mixed_precision_loss_scaling_skips_non_finite_steps(self):
        results = []
        for cls in (tf.keras.optimizers.legacy.Adam, optimizers.Adam):
            v = tf.Variable([1.0, -2.0])
            opt = tf.keras.mixed_precision.LossScaleOptimizer(cls(**HYPER))

            @tf.function
            def step(scale):
                with tf.GradientTape() as tape:
                    loss = opt.get_scaled_loss(tf.reduce_sum(tf.cast(v, tf.float16) * scale))
                opt.apply_gradients([(opt.get_unscaled_gradients(tape.gradient(loss, [v]))[0], v)])
            for scale in (1.0, np.inf, 2.0):
                step(tf.constant(scale, tf.float16))
            results.append((v.numpy(), int(opt.iterations), float(opt.loss_scale)))
        self.assertAllClose(results[0][0], results[1][0], atol=1e-6)
        self.assertEqual(results[0][1:], results[1][1:])
        # The Inf step was skipped (the scale halved, nothing became NaN); iterations counts it as
        # stock Keras does.
        self.assertEqual(results[1][2], 2.0 ** 14)
        self.assertTrue(np.isfinite(results[1][0]).all())
        self.assertNotAllClose(results[1][0], [1.0, -2.0])

    def test_mirrored_strategy_matches_one_device(self):
        # In a fresh interpreter: TF's collective-op state is process-wide, and collectives launched
        # here would shift the instance keys of later MirroredStrategy tests in this process.
        result = subprocess.run([sys.executable, "-c", MIRRORED_CHECK], capture_output=True, text=True, timeout=300,
                                env=dict(os.environ, PYTHONPATH=os.pathsep.join([ROOT, os.environ.get("PYTHONPATH", "")])),
                                check=False)
        self.assertEqual(result.returncode, 0, result.stderr[-3000:])
        self.assertIn("replicas match one device", result.stdout)


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIRRORED_CHECK = """
import tests.conftest  # Keras 2, two logical CPUs
import numpy as np
import tensorflow as tf
from lightseq_tf import optimizers
from tests import helpers as h
cpus = tf.config.list_logical_devices("CPU")
finals = []
for strategy in (tf.distribute.OneDeviceStrategy("/cpu:0"), tf.distribute.MirroredStrategy([d.name for d in cpus[:2]])):
    with strategy.scope():
        v, opt = tf.Variable(h.random((6, 4), seed=5)), optimizers.Adam(learning_rate=0.01, beta_2=0.98, epsilon=1e-9)
    @tf.function
    def step():
        def replica_step(x):
            with tf.GradientTape() as tape:
                loss = tf.reduce_sum(v * x) / strategy.num_replicas_in_sync
            opt.apply_gradients([(tape.gradient(loss, v), v)])
        strategy.run(replica_step, args=(h.random((6, 4), seed=6),))
    for _ in range(3):
        step()
    finals.append(strategy.experimental_local_results(v))
assert len(finals[1]) == 2
for replica_value in finals[1]:
    np.testing.assert_allclose(replica_value, finals[0][0], atol=1e-6)
print("replicas match one device")
"""
