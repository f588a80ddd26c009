package org.outagedesk.status.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The static mirror of the status page under {@code outagedesk.status.mirror.*}. Off unless a
 * directory or a bucket is set; both may be set.
 *
 * @param directory directory the mirror's files are written to (served by any web server), or empty
 * @param s3 an S3-compatible bucket the files are written to
 * @param retryFirst wait before the first retry after a target failed; it doubles with each failure
 * @param retryMax longest wait between retries
 */
@ConfigurationProperties("outagedesk.status.mirror")
record MirrorProperties(
        String directory,
        @DefaultValue S3 s3,
        @DefaultValue("5s") Duration retryFirst,
        @DefaultValue("5m") Duration retryMax) {

    boolean writesToDirectory() {
        return directory != null && !directory.isBlank();
    }

    /**
     * An S3-compatible bucket (AWS S3, MinIO, Ceph, Garage, ...).
     *
     * @param endpoint the service's address, e.g. {@code https://minio.example.com:9000}; empty for AWS S3
     * @param region the bucket's region (AWS); S3-compatible servers mostly accept any
     * @param bucket the bucket, which must exist; empty: no bucket is written to
     * @param prefix key prefix of the files, e.g. {@code status/}
     * @param accessKey access key id; empty: the AWS SDK's default chain ({@code AWS_ACCESS_KEY_ID}, profile, role)
     * @param secretKey its secret: set {@code OUTAGEDESK_STATUS_MIRROR_S3_SECRET_KEY} in the environment
     * @param pathStyle address the bucket in the path ({@code endpoint/bucket/key}) rather than the host name
     */
    record S3(
            String endpoint,
            @DefaultValue("us-east-1") String region,
            String bucket,
            @DefaultValue("") String prefix,
            String accessKey,
            String secretKey,
            @DefaultValue("false") boolean pathStyle) {

        boolean configured() {
            return bucket != null && !bucket.isBlank();
        }

        boolean hasKeys() {
            return accessKey != null && !accessKey.isBlank() && secretKey != null && !secretKey.isBlank();
        }

        /** The prefix without a leading slash and, unless empty, with one trailing slash. */
        String keyPrefix() {
            String trimmed = prefix == null ? "" : prefix.strip().replaceAll("^/+", "").replaceAll("/+$", "");
            return trimmed.isEmpty() ? "" : trimmed + "/";
        }
    }
}
