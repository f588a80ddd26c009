package org.outagedesk.status.internal;

import java.net.URI;
import java.time.Duration;
import org.outagedesk.status.MirrorTargetState;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * An S3-compatible bucket. Each file is one PutObject, which S3 applies whole (a reader gets the old
 * or the new object), with the page's Content-Type and Cache-Control. The SDK does not retry on its
 * own: the mirror retries the whole write with its back-off. Checksums are sent only where S3 requires
 * them, which S3-compatible servers that lack the newer checksum headers accept too.
 */
final class S3MirrorTarget implements MirrorTarget {

    private final S3Client client;
    private final String bucket;
    private final String prefix;
    private final String where;
    private final String cacheControl;

    S3MirrorTarget(MirrorProperties.S3 s3, String cacheControl) {
        this.bucket = s3.bucket().strip();
        this.prefix = s3.keyPrefix();
        this.cacheControl = cacheControl;
        boolean ownEndpoint = s3.endpoint() != null && !s3.endpoint().isBlank();
        this.where = "s3://" + bucket + "/" + prefix + (ownEndpoint ? " (" + s3.endpoint().strip() + ")" : "");
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(20)))
                .region(Region.of(s3.region().strip()))
                .credentialsProvider(credentials(s3))
                .forcePathStyle(s3.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(configuration -> configuration
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(30)));
        if (ownEndpoint) {
            builder.endpointOverride(URI.create(s3.endpoint().strip()));
        }
        this.client = builder.build();
    }

    private static AwsCredentialsProvider credentials(MirrorProperties.S3 s3) {
        return s3.hasKeys()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey().strip(), s3.secretKey()))
                : DefaultCredentialsProvider.builder().build();
    }

    @Override
    public MirrorTargetState.Kind kind() {
        return MirrorTargetState.Kind.S3;
    }

    @Override
    public String where() {
        return where;
    }

    @Override
    public void put(String name, Rendered file) {
        client.putObject(PutObjectRequest.builder()
                .bucket(bucket)
                .key(prefix + name)
                .contentType(canonicalCharset(file.contentType()))
                .cacheControl(MirrorManifest.NAME.equals(name) ? "no-cache" : cacheControl)
                .build(), RequestBody.fromBytes(file.body()));
    }

    /**
     * {@code charset=UTF-8} as IANA spells it (the same to any reader): servers built on Jetty, such as
     * s3proxy, rewrite {@code text/html;charset=utf-8} before checking the request's signature, and refuse it.
     */
    static String canonicalCharset(String contentType) {
        return contentType.replaceAll("(?i)charset=utf-8", "charset=UTF-8");
    }

    @Override
    public void close() {
        client.close();
    }
}
